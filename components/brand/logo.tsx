import { cn } from "@/components/ui/cn";

/** The ComplianceIQ mark and wordmark; the mark alone is decorative, the text names the product. */
export function Logo({ className, showWordmark = true }: { className?: string; showWordmark?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <svg viewBox="0 0 32 32" fill="none" aria-hidden className="size-7 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-[#4f46e5]" />
        <path
          d="M16 6.5 8.5 9.5v6c0 4.6 3.1 8.6 7.5 10 4.4-1.4 7.5-5.4 7.5-10v-6L16 6.5Z"
          fill="#fff"
          fillOpacity=".18"
          stroke="#fff"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
        <path d="m12.5 16 2.5 2.5 4.5-5" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {showWordmark ? <span>ComplianceIQ</span> : <span className="sr-only">ComplianceIQ</span>}
    </span>
  );
}
