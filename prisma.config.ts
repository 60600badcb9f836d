import { defineConfig } from 'prisma/config';

// Prisma 7 doesn't read .env and env() throws when unset, even for `generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/disclosure_desk' },
});
