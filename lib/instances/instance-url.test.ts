import { describe, expect, it } from "vitest";
import { checkInstanceUrl, instanceUrlShapeProblem, parseAllowedHosts } from "./instance-url";

const dev = { production: false, allowedHosts: [] };
const prod = { production: true, allowedHosts: [] };

describe("checkInstanceUrl", () => {
  it("accepts a ServiceNow instance and normalizes it to its origin", () => {
    expect(checkInstanceUrl("https://acme.service-now.com", prod)).toEqual({ ok: true, url: "https://acme.service-now.com" });
    expect(checkInstanceUrl("  https://ACME-dev1.Service-Now.com/ ", prod)).toEqual({ ok: true, url: "https://acme-dev1.service-now.com" });
  });

  it.each([
    ["http://acme.service-now.com", /https/],
    ["ftp://acme.service-now.com", /https/],
    ["https://acme.service-now.com/login.do", /without a path/],
    ["https://acme.service-now.com/?x=1", /without a path/],
    ["https://acme.service-now.com/#frag", /without a path/],
    ["https://acme.service-now.com?", /without a path/],
    ["https://admin:pw@acme.service-now.com", /must not contain a user name or password/],
    ["https://admin@acme.service-now.com", /must not contain a user name or password/],
    ["https://acme.service-now.com:8443", /no port/],
    ["https://a.b.service-now.com", /Not a ServiceNow instance host/],
    ["https://-acme.service-now.com", /Not a ServiceNow instance host/],
    ["https://service-now.com", /not a ServiceNow host/],
    ["https://acme.service-now.com.evil.example", /not a ServiceNow host/],
    ["https://evilservice-now.com", /not a ServiceNow host/],
    ["https://169.254.169.254", /not a ServiceNow host/],
    ["not a url", /Not a valid URL/],
    ["", /Enter the instance URL/],
    [`https://${"a".repeat(2100)}.service-now.com`, /too long/],
  ])("refuses %s", (url, message) => {
    const check = checkInstanceUrl(url, dev);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });

  it("accepts http://localhost and 127.0.0.1 only outside production", () => {
    expect(checkInstanceUrl("http://localhost:8710", dev)).toEqual({ ok: true, url: "http://localhost:8710" });
    expect(checkInstanceUrl("http://127.0.0.1:8710", dev)).toEqual({ ok: true, url: "http://127.0.0.1:8710" });
    expect(checkInstanceUrl("http://localhost:8710", prod)).toMatchObject({ ok: false, message: /only outside production/ });
    expect(checkInstanceUrl("http://127.0.0.1:8710", prod)).toMatchObject({ ok: false });
    expect(checkInstanceUrl("https://localhost:8710", prod)).toMatchObject({ ok: false });
    expect(checkInstanceUrl("http://10.0.0.5:8710", dev)).toMatchObject({ ok: false, message: /https/ });
  });

  it("accepts a host the operator allowed, over https only", () => {
    const policy = { production: true, allowedHosts: parseAllowedHosts(" GRC.example.com, snow.corp.example ,") };
    expect(policy.allowedHosts).toEqual(["grc.example.com", "snow.corp.example"]);
    expect(checkInstanceUrl("https://grc.example.com", policy)).toEqual({ ok: true, url: "https://grc.example.com" });
    expect(checkInstanceUrl("https://snow.corp.example:8443", policy)).toEqual({ ok: true, url: "https://snow.corp.example:8443" });
    expect(checkInstanceUrl("http://grc.example.com", policy)).toMatchObject({ ok: false });
    expect(checkInstanceUrl("https://other.example.com", policy)).toMatchObject({ ok: false, message: /SERVICENOW_ALLOWED_HOSTS/ });
  });
});

describe("instanceUrlShapeProblem (the schema's policy-free part)", () => {
  it("checks only the form of the URL", () => {
    expect(instanceUrlShapeProblem("https://grc.example.com")).toBeNull();
    expect(instanceUrlShapeProblem("https://acme.service-now.com/api")).toMatch(/without a path/);
    expect(instanceUrlShapeProblem("javascript:alert(1)")).toMatch(/https/);
  });
});
