// How the tests start Chromium on this kind of machine: Debian's build, headless, with
// no background traffic. The flags are the ones the component tests give ChromeDriver,
// read from webdriver.json so that both levels run the same browser the same way.
import { readFileSync } from "node:fs";

const options = JSON.parse(readFileSync(new URL("../../webdriver.json", import.meta.url), "utf8"))[
  "goog:chromeOptions"
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? options.binary;
export const CHROMIUM_ARGS = options.args;
