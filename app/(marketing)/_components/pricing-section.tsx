import { Mail } from "lucide-react";
import { CONTACT_EMAIL, contactHref } from "@/components/brand/contact";
import { Button } from "@/components/ui/button";

export function PricingSection() {
  return (
    <section id="pricing" aria-labelledby="pricing-title" className="scroll-mt-20">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-20 sm:px-6">
        <div className="grid max-w-2xl gap-3">
          <h2 id="pricing-title" className="text-3xl font-semibold tracking-tight">
            Pricing
          </h2>
          <p className="text-muted-foreground">Plans are not published yet.</p>
        </div>
        <div className="grid gap-6 rounded-2xl border bg-card p-6 shadow-xs sm:p-8 md:grid-cols-[1fr_auto] md:items-center">
          <div className="grid gap-2">
            <h3 className="text-lg font-semibold tracking-tight">Talk to us about your team</h3>
            <p className="max-w-xl text-sm text-muted-foreground">
              Plans and billing are still being prepared, so there is no price list to show you yet. Tell us about
              your ServiceNow setup and the frameworks you report against, and we will get back to you.
            </p>
          </div>
          <div className="grid gap-2 md:justify-items-end">
            <Button asChild size="lg">
              <a href={contactHref("ComplianceIQ plans")}>
                <Mail aria-hidden />
                Contact the team
              </a>
            </Button>
            <p className="text-xs text-muted-foreground">{CONTACT_EMAIL}</p>
          </div>
        </div>
      </div>
    </section>
  );
}
