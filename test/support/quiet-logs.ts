// Request logs are one JSON line per request: in tests they would drown jest's output.
process.env.LOG_LEVEL ??= 'silent';
