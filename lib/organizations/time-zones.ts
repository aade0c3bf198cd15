// Intl's list is canonical IANA names without "UTC" itself, which is every organization's default.
let zones: ReadonlySet<string> | undefined;

/** The time zones an organization can choose: "UTC" first, then the IANA names this runtime knows. */
export function supportedTimeZones(): readonly string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

export function isSupportedTimeZone(value: string): boolean {
  zones ??= new Set(supportedTimeZones());
  return zones.has(value);
}
