import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_DATA_DIR = path.join(os.tmpdir(), `dd-e2e-${PORT}`);
export const DEMO_PASSWORD = 'e2e-Demo-pass-2025';
const chromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: fs.existsSync(chromium) ? { executablePath: chromium } : {},
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'bash e2e/server.sh',
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGINT', timeout: 10_000 },
    env: { PORT: String(PORT), E2E_DATA_DIR, DEMO_PASSWORD, NEXTAUTH_SECRET: 'e2e-secret-not-for-production' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
