# syntax=docker/dockerfile:1
# Pitlane Graph API image. Build: docker build -t pitlane-graph .
# The container expects an external Neo4j (NEO4J_URI); see docker-compose.yml.

# ---- build: compile TypeScript, then drop dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig*.json ./
COPY src/ ./src/
RUN npm run build && npm prune --omit=dev

# ---- runtime ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# The app resolves cypher/ and seed/ against the project root, the parent of dist/ (= /app).
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node cypher/ ./cypher/
COPY --chown=node:node seed/ ./seed/
USER node
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# No curl in slim images: Node 20's global fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Not `npm start`: its prestart would rebuild; the image is already built.
CMD ["node", "dist/main.js"]
