#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * Serves the built browser demo (dist/demo) on http://localhost:3000/ (PORT overrides, HOST sets
 * the interface, default 127.0.0.1). `npm run demo` builds first, then runs this.
 */
const { startServer } = require("./demo-harness");

const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (got ${process.env.PORT}).`);
  process.exit(64);
}

startServer({ port, host: process.env.HOST || "127.0.0.1" })
  .then((server) => {
    console.log(`\n绩效目标表助手 演示环境（浏览器中的模拟 Excel）：${server.url}`);
    console.log(`Jixiao demo (a simulated Excel in the browser): ${server.url}`);
    console.log("按 Ctrl+C 停止 / Ctrl+C to stop.");
    const stop = () => server.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  })
  .catch((e) => {
    if (e && e.code === "EADDRINUSE")
      console.error(`端口 ${port} 已被占用。换一个端口：PORT=${port + 1} npm run demo\nPort ${port} is in use; try PORT=${port + 1} npm run demo`);
    else console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
