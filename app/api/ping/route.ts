// The cheapest possible route: the framework's own ceiling, for the benchmark to compare against.
export const dynamic = 'force-static';
export function GET() {
  return Response.json({ pong: true });
}
