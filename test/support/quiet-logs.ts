// Request logs are one JSON line per request: in tests they would drown jest's output.
process.env.HUB_LOG_LEVEL ??= 'silent';
