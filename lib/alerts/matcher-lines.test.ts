import { describe, expect, it } from "vitest";
import { describeMatchers, matchersToJson, parseMatcherLines } from "./matcher-lines";

describe("parseMatcherLines", () => {
  it("reads one label=value a line, quoted or not, and skips blank lines", () => {
    expect(parseMatcherLines('service=api\n\n  env = "prod"  \r\nteam=""')).toEqual([
      { name: "service", value: "api" },
      { name: "env", value: "prod" },
      { name: "team", value: "" },
    ]);
  });

  it.each(["service", "service!=api", "service=~api.*", "=api"])("refuses %j, naming the line", (line) => {
    expect(() => parseMatcherLines(`env=prod\n${line}`)).toThrow(/line 2 must be label=value/);
  });
});

describe("stored matchers", () => {
  it("are a JSON object in label order, shown as Alertmanager writes them", () => {
    const json = matchersToJson([{ name: "service", value: "api" }, { name: "env", value: "prod" }]);
    expect(json).toBe('{"env":"prod","service":"api"}');
    expect(describeMatchers(JSON.parse(json))).toBe('env="prod", service="api"');
  });
});
