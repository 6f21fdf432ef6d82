# Vigie: API + map on one port, against a PostgreSQL/PostGIS server (DATABASE_URL). Node 24 LTS
# (Vigie needs Node 22.12 or later).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# What the backend needs at run time and nothing else: the map is already bundled in frontend/dist,
# and test, build and benchmark tools (jest, vite, turf, playwright ...) are dev dependencies.
FROM node:24-bookworm-slim AS runtime-modules
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
RUN npm ci --omit=dev --workspace backend --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=runtime-modules /app /app
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/frontend/dist frontend/dist
COPY gis-data/fes-demo gis-data/fes-demo
# Evidence photos (VIGIE_EVIDENCE_DIR): a directory the node user owns, so a named volume mounted there inherits it.
RUN mkdir -p /var/lib/vigie/evidence && chown -R node:node /var/lib/vigie
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/graphql',{method:'POST',headers:{'content-type':'application/json'},body:'{\"query\":\"{appConfig{deploymentName}}\"}'}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "backend/dist/backend/src/main.js"]
