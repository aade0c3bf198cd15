// Words the generator builds realistic names from. Lists, not data: no person or company here is real.

export const FIRST_NAMES = [
  "Aisha", "Alex", "Ana", "Arjun", "Beatriz", "Ben", "Carla", "Chen", "Chloe", "Daniel", "David", "Diego", "Elena",
  "Emily", "Emma", "Fatima", "Felix", "Grace", "Hannah", "Hiro", "Ibrahim", "Isabel", "Jack", "James", "Jana",
  "Javier", "Julia", "Kai", "Karen", "Kenji", "Laura", "Leo", "Liam", "Lina", "Lucas", "Maria", "Marta", "Mateo",
  "Mei", "Michael", "Mia", "Nadia", "Noah", "Nora", "Olivia", "Omar", "Paul", "Priya", "Rafael", "Rosa", "Ryan",
  "Sara", "Sofia", "Sven", "Tariq", "Thomas", "Valentina", "Victor", "Yara", "Zoe",
];

export const LAST_NAMES = [
  "Adams", "Ahmed", "Alvarez", "Andersson", "Baker", "Becker", "Bianchi", "Brown", "Campbell", "Chen", "Clarke",
  "Costa", "Davies", "Dubois", "Evans", "Fischer", "Garcia", "Gomez", "Gupta", "Hansen", "Hughes", "Ivanova",
  "Jensen", "Johnson", "Kaur", "Kim", "Kowalski", "Lambert", "Lee", "Lopez", "Martin", "Meyer", "Moreau", "Murphy",
  "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Pereira", "Petrov", "Quinn", "Rossi", "Sato", "Schmidt",
  "Silva", "Singh", "Smith", "Suzuki", "Taylor", "Thompson", "Tanaka", "Walker", "Wang", "Weber", "Williams",
  "Wilson", "Yilmaz", "Zhang",
];

export const DEPARTMENTS = [
  "Finance", "IT", "Information Security", "Internal Audit", "Legal", "Compliance", "Human Resources", "Operations",
  "Procurement", "Risk Management", "Engineering", "Customer Support",
];

export const TITLES = [
  "Control Owner", "Compliance Analyst", "Risk Manager", "IT Auditor", "Security Engineer", "Finance Manager",
  "GRC Specialist", "Process Owner", "IT Manager", "Internal Auditor", "Privacy Officer", "Operations Lead",
];

export const GROUP_NAMES = [
  "GRC Office", "Internal Audit", "IT Security Operations", "Identity and Access Management", "Finance Controls",
  "Infrastructure Operations", "Application Support", "Privacy Office", "Vendor Management", "HR Operations",
  "Legal and Regulatory", "Business Continuity", "Data Platform", "Change Advisory Board", "Service Desk",
];

export const PROFILE_CLASSES = ["Business Unit", "Vendor", "Application", "Business Process", "Location", "Legal Entity"];

export const PROFILE_NAMES: Record<string, readonly string[]> = {
  "Business Unit": ["Finance", "Retail Banking", "Wealth Management", "Group IT", "Human Resources", "Marketing", "Operations", "Treasury"],
  Vendor: ["Northwind Logistics", "Contoso Cloud", "Fabrikam Payroll", "Tailspin Analytics", "Litware Security", "Adatum Hosting"],
  Application: ["Payroll (SAP HCM)", "Core Banking", "Customer Portal", "Data Warehouse", "CRM", "General Ledger", "Trading Platform"],
  "Business Process": ["Procure to Pay", "Order to Cash", "Record to Report", "Hire to Retire", "Incident Management", "Change Management"],
  Location: ["London Office", "Frankfurt Data Center", "Singapore Office", "New York HQ", "Madrid Office", "Tokyo Office"],
  "Legal Entity": ["ACME Holdings plc", "ACME Bank GmbH", "ACME Securities LLC", "ACME Asia Pte Ltd"],
};

export const REGIONS = ["EMEA", "Americas", "APAC", "Global"];

/** Control domains: a code for references and the topics (citation / objective names) under it. */
export const DOMAINS: readonly { code: string; name: string; topics: readonly string[] }[] = [
  { code: "AC", name: "Access Control", topics: ["Account Management", "Access Enforcement", "Least Privilege", "Separation of Duties", "Remote Access", "Session Lock", "Privileged Access Review"] },
  { code: "AT", name: "Awareness and Training", topics: ["Security Awareness Training", "Role-Based Training", "Phishing Simulation", "Training Records"] },
  { code: "AU", name: "Audit and Accountability", topics: ["Event Logging", "Audit Log Review", "Log Retention", "Time Synchronization", "Protection of Audit Information"] },
  { code: "CA", name: "Assessment and Authorization", topics: ["Control Assessments", "Plan of Action and Milestones", "Continuous Monitoring", "Penetration Testing"] },
  { code: "CM", name: "Configuration Management", topics: ["Baseline Configuration", "Configuration Change Control", "Security Impact Analysis", "Software Usage Restrictions", "System Component Inventory"] },
  { code: "CP", name: "Contingency Planning", topics: ["Contingency Plan", "Backup and Recovery", "Alternate Processing Site", "Disaster Recovery Testing"] },
  { code: "IA", name: "Identification and Authentication", topics: ["Multi-Factor Authentication", "Password Management", "Device Identification", "Authenticator Management"] },
  { code: "IR", name: "Incident Response", topics: ["Incident Handling", "Incident Reporting", "Incident Response Testing", "Breach Notification"] },
  { code: "MA", name: "Maintenance", topics: ["Controlled Maintenance", "Remote Maintenance", "Maintenance Personnel"] },
  { code: "MP", name: "Media Protection", topics: ["Media Sanitization", "Media Storage", "Media Transport"] },
  { code: "PE", name: "Physical and Environmental Protection", topics: ["Physical Access Control", "Visitor Management", "Environmental Controls", "Power Equipment"] },
  { code: "PS", name: "Personnel Security", topics: ["Personnel Screening", "Personnel Termination", "Personnel Transfer", "Access Agreements"] },
  { code: "RA", name: "Risk Assessment", topics: ["Risk Assessment Process", "Vulnerability Scanning", "Threat Intelligence", "Criticality Analysis"] },
  { code: "SA", name: "System and Services Acquisition", topics: ["Secure Development Lifecycle", "Supplier Assessments", "Developer Security Testing", "External System Services"] },
  { code: "SC", name: "System and Communications Protection", topics: ["Boundary Protection", "Encryption in Transit", "Encryption at Rest", "Key Management", "Network Segmentation"] },
  { code: "SI", name: "System and Information Integrity", topics: ["Flaw Remediation", "Malware Protection", "System Monitoring", "Security Alerts", "Data Loss Prevention"] },
  { code: "FR", name: "Financial Reporting", topics: ["Journal Entry Approval", "Account Reconciliation", "Financial Close Review", "Segregation of Payment Duties"] },
  { code: "PR", name: "Privacy", topics: ["Consent Management", "Data Subject Requests", "Records of Processing", "Data Retention"] },
];

/** Frameworks for authority documents, with the style of their citation references. */
export const FRAMEWORKS: readonly {
  name: string; common: string; version: string; type: string; category: string; style: "nist" | "iso" | "soc2" | "pci" | "article";
}[] = [
  { name: "NIST SP 800-53", common: "NIST 800-53", version: "Rev. 5", type: "standard", category: "Security", style: "nist" },
  { name: "ISO/IEC 27001", common: "ISO 27001", version: "2022", type: "standard", category: "Security", style: "iso" },
  { name: "SOC 2 Trust Services Criteria", common: "SOC 2", version: "2017 (rev. 2022)", type: "best_practice", category: "Assurance", style: "soc2" },
  { name: "PCI DSS", common: "PCI DSS", version: "4.0.1", type: "contractual", category: "Payments", style: "pci" },
  { name: "General Data Protection Regulation", common: "GDPR", version: "2016/679", type: "regulation", category: "Privacy", style: "article" },
  { name: "HIPAA Security Rule", common: "HIPAA", version: "45 CFR 164", type: "regulation", category: "Healthcare", style: "article" },
  { name: "NIST Cybersecurity Framework", common: "NIST CSF", version: "2.0", type: "best_practice", category: "Security", style: "nist" },
  { name: "CIS Critical Security Controls", common: "CIS Controls", version: "8.1", type: "best_practice", category: "Security", style: "pci" },
  { name: "Sarbanes-Oxley IT General Controls", common: "SOX ITGC", version: "2024", type: "regulation", category: "Financial", style: "soc2" },
  { name: "COBIT", common: "COBIT", version: "2019", type: "best_practice", category: "Governance", style: "iso" },
];

export const POLICY_NAMES = [
  "Information Security Policy", "Access Control Policy", "Acceptable Use Policy", "Data Classification Standard",
  "Change Management Procedure", "Incident Response Plan", "Business Continuity Plan", "Vendor Risk Management Policy",
  "Privacy Policy", "Cryptography Standard", "Logging and Monitoring Standard", "Secure Development Policy",
  "Physical Security Policy", "Human Resources Security Policy", "Financial Controls Framework", "Backup Standard",
];

export const CONTROL_VERBS = ["Review", "Monitor", "Enforce", "Reconcile", "Approve", "Validate", "Restrict", "Test", "Document", "Verify"];

export const RISK_STATEMENTS: readonly [string, string][] = [
  ["Unauthorized access to customer data", "it"], ["Privileged account misuse", "it"], ["Ransomware outage of core systems", "operational"],
  ["Third-party data breach", "operational"], ["Regulatory fine for privacy non-compliance", "legal_regulatory"],
  ["Material misstatement in financial reports", "financial"], ["Fraudulent payments", "financial"],
  ["Loss of key data center", "operational"], ["Unpatched vulnerabilities exploited", "it"], ["Insider data exfiltration", "it"],
  ["Failed change causes service outage", "operational"], ["Vendor insolvency", "credit"], ["Negative press after security incident", "reputational"],
  ["Inadequate segregation of duties", "financial"], ["Loss of backups", "operational"], ["Breach of contractual obligations", "legal"],
  ["Market data feed failure", "market"], ["Phishing compromise of employees", "it"], ["Non-compliance with card data rules", "legal_regulatory"],
  ["Unreliable audit evidence", "legal_regulatory"], ["Cloud misconfiguration exposes data", "it"], ["Key person dependency", "operational"],
  ["Counterparty default", "credit"], ["Inaccurate risk reporting", "reputational"],
];

export const INDICATOR_METRICS = [
  "% of accounts reviewed on time", "% of systems with current patches", "% of changes with approval", "% of backups restored in test",
  "% of staff trained", "% of alerts triaged within SLA", "% of vendors assessed", "% of reconciliations completed",
];
