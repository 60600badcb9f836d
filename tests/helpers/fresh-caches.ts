// Each test file has a database of its own, but files share a worker process, and the derived
// figures' cache lives on globalThis, keyed by office (every test database's first office is 1):
// each file starts with it empty, as a server process starts.
import { beforeAll } from 'vitest';
import { clearDerived } from '@/lib/statistics/derived-cache';

beforeAll(() => clearDerived());
