export function PricingSection() {
  return (
    <section id="pricing" aria-labelledby="pricing-title" className="scroll-mt-20">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="pricing-title" className="text-3xl font-semibold tracking-tight">
            Pricing
          </h2>
          <p className="text-muted-foreground">
            Plans are not published yet. They arrive with billing, and this section will list them with their limits
            and prices.
          </p>
        </div>
      </div>
    </section>
  );
}
