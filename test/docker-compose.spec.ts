import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from '../backend/src/config/vigie-config';

/**
 * Docker cannot run on the development machines: the compose file is checked by reading it.
 * It must bring up PostGIS and Vigie wired together, with a volume and health checks.
 */
const compose = parse(readFileSync(join(REPOSITORY_ROOT, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(join(REPOSITORY_ROOT, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs a PostGIS 3.3+ server with a persistent volume and a health check', () => {
    const postgis = compose.services.postgis;
    const [, major, minor] = /postgis\/postgis:\d+-(\d+)\.(\d+)/.exec(postgis.image) ?? [];
    expect(Number(major) * 100 + Number(minor)).toBeGreaterThanOrEqual(303);
    expect(postgis.volumes).toContain('postgis-data:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes)).toContain('postgis-data');
    expect(postgis.healthcheck.test.join(' ')).toMatch(/pg_isready/);
  });

  it('starts Vigie from the Dockerfile once PostGIS is healthy, pointed at it by DATABASE_URL', () => {
    const vigie = compose.services.vigie;
    expect(vigie.build).toBe('.');
    expect(vigie.depends_on.postgis.condition).toBe('service_healthy');
    const url = new URL(vigie.environment.DATABASE_URL.replace(/\$\{[^}]+\}/g, 'secret'));
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('postgis');
    expect(url.pathname).toBe(`/${compose.services.postgis.environment.POSTGRES_DB}`);
    expect(url.username).toBe(compose.services.postgis.environment.POSTGRES_USER);
  });

  it('publishes the port the app listens on and checks its health through GraphQL', () => {
    const vigie = compose.services.vigie;
    expect(vigie.ports).toContain(`${vigie.environment.PORT}:${vigie.environment.PORT}`);
    expect(vigie.healthcheck.test.join(' ')).toMatch(/\/graphql/);
    expect(vigie.environment.NODE_ENV).toBe('production');
  });

  it('requires secrets rather than shipping defaults for them', () => {
    const environment = compose.services.vigie.environment;
    expect(environment.VIGIE_JWT_SECRET).toMatch(/:\?/);
    expect(environment.VIGIE_ADMIN_PASSWORD).toMatch(/:\?/);
  });

  it('builds with Node 24 and starts the compiled backend, as the README says', () => {
    expect(dockerfile).toMatch(/FROM node:24/);
    expect(dockerfile).toMatch(/npm ci/);
    expect(dockerfile).toMatch(/CMD \["node", "backend\/dist\/backend\/src\/main.js"\]/);
    const rootPackage = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8'));
    expect(rootPackage.scripts.start).toMatch(/backend\/dist\/backend\/src\/main\.js/);
  });
});
