# One image for every service of the hub; docker-compose.yml picks the service by command.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
# The subgraphs' PostgreSQL server is the deployment's own (<SUBGRAPH>_DATABASE_URL); nothing runs as root.
USER node
EXPOSE 4000
CMD ["node", "dist/hub/serve-service.js", "gateway"]
