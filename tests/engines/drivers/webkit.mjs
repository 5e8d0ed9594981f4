// WebKit (Safari's engine, on residents' iPhones and iPads): WebKitGTK's MiniBrowser,
// driven over plain W3C WebDriver by Debian's WebKitWebDriver, under a virtual screen
// (MiniBrowser refuses --headless). The driver has no print command and no console log.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts Xvfb and WebKitWebDriver; each page is a new session (a fresh browser). */
export async function launch() {
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  const xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], { stdio: "ignore" });
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  async function call(method, path, body) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await fetch(base + path, {
          method,
          headers: { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const { value } = await response.json();
        if (!response.ok) throw new Error(`WebDriver ${path}: ${value?.error}: ${value?.message}`);
        return value;
      } catch (error) {
        // The driver takes a moment to listen after it starts.
        if (attempt < 30 && String(error).includes("fetch failed")) {
          await sleep(100);
          continue;
        }
        throw error;
      }
    }
  }
  return {
    name: "webkit",
    async newPage(url) {
      const { sessionId } = await call("POST", "/session", {
        capabilities: {
          alwaysMatch: {
            browserName: "MiniBrowser",
            "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
          },
        },
      });
      const session = `/session/${sessionId}`;
      const find = async (css) => {
        const element = await call("POST", `${session}/element`, { using: "css selector", value: css });
        return Object.values(element)[0];
      };
      await call("POST", `${session}/url`, { url });
      return {
        run: (fn, ...args) =>
          call("POST", `${session}/execute/async`, {
            script: `const done = arguments[arguments.length - 1];
              Promise.resolve((${fn}).call(null, Array.prototype.slice.call(arguments, 0, -1)))
                .then(done, (e) => done({ __error: String(e) }));`,
            args,
          }).then((value) => {
            if (value && value.__error) throw new Error(value.__error);
            return value;
          }),
        click: async (css) => call("POST", `${session}/element/${await find(css)}/click`, {}),
        type: async (css, text) => {
          const id = await find(css);
          await call("POST", `${session}/element/${id}/clear`, {});
          await call("POST", `${session}/element/${id}/value`, { text });
        },
        reload: () => call("POST", `${session}/refresh`, {}),
        pdf: async () => null,
        errors: () => null,
        close: () => call("DELETE", session),
      };
    },
    async close() {
      driver.kill();
      xvfb.kill();
    },
  };
}
