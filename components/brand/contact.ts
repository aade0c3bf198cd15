/** The one address the pricing and billing pages invite people to write to. */
export const CONTACT_EMAIL = "hello@complianceiq.com";

export const contactHref = (subject: string) => `mailto:${CONTACT_EMAIL}?subject=${encodeURIComponent(subject)}`;
