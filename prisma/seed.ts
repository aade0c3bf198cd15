// Seeds the demo organization (npm run db:seed; also run once by npm run dev).
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";

const login = await seedDemo();
console.log(login ? `Demo login: ${login.email} / ${login.password}` : "Demo organization already seeded.");
await db.$disconnect();
