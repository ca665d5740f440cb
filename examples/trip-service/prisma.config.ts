import type { PrismaConfig } from 'prisma/config';

// Prisma 7 config: paths resolve against this file's directory, and the URL comes from the environment
// (Prisma 7 loads no .env file; in ECS, DATABASE_URL is a secret from environments.json). Only a type is
// imported, so the file loads wherever it is copied, even with no node_modules above it.
export default {
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
} satisfies PrismaConfig;
