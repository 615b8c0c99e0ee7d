# The org policy server (promptgate-server) as a container image. Build from the repository root:
#   docker build -t promptgate-server .
# It runs as an unprivileged user, listens on 8788, and keeps its data directory at /data (the master key file
# when none is given, and the SQLite database when no PostgreSQL URL is). See docker-compose.yml for the
# documented deployment: PostgreSQL, two replicas, a reverse proxy.

FROM node:20-bookworm-slim AS build
# better-sqlite3 (the embedded database) compiles a native addon.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
ENV ELECTRON_SKIP_BINARY_DOWNLOAD=1
# Install scripts are skipped (the desktop shell's and the extension's are not needed here); the one native addon
# the server needs is built explicitly, then only the CLI and the server are bundled.
RUN npm ci --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 \
  && npx tsx scripts/build/main.ts --no-extension --quiet
# The bundle inlines every dependency but the native addon: the runtime image gets it and its two helpers only.
RUN mkdir -p /out/server /out/node_modules \
  && cp -r server/bin server/dist server/package.json /out/server/ \
  && cp -r node_modules/better-sqlite3 node_modules/bindings node_modules/file-uri-to-path /out/node_modules/

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /out/ /app/
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8788
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:8788/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "--enable-source-maps", "/app/server/bin/promptgate-server.js"]
CMD ["--host", "0.0.0.0", "--port", "8788", "--data-dir", "/data"]
