# Production-like image: the app only; PostgreSQL comes from docker-compose.yml (DATABASE_URL).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/generate-client.mjs scripts/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
# LibreOffice renders the archive's PDFs (lib/archive/pdf-rendition.ts, in the background job).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-noto-cjk libreoffice-writer-nogui poppler-utils && rm -rf /var/lib/apt/lists/*
COPY --from=build /app ./
EXPOSE 3000
# serve.ts applies migrations, then starts Next; with DATABASE_URL set nothing is embedded.
CMD ["node_modules/.bin/tsx", "scripts/serve.ts", "start"]
