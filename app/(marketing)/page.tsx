import type { Metadata } from "next";
import { AnalysesSection } from "./_components/analyses-section";
import { FeaturesSection } from "./_components/features-section";
import { Hero } from "./_components/hero";
import { PricingSection } from "./_components/pricing-section";

export const metadata: Metadata = {
  // The home page carries the product name itself, outside the "%s · ComplianceIQ" template.
  title: { absolute: "ComplianceIQ · Analytics for ServiceNow GRC" },
};

export default function LandingPage() {
  return (
    <>
      <Hero />
      <FeaturesSection />
      <AnalysesSection />
      <PricingSection />
    </>
  );
}
