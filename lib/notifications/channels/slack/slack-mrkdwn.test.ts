import { describe, expect, it } from "vitest";
import { escapeMrkdwn, markdownToMrkdwn } from "./slack-mrkdwn";

describe("markdownToMrkdwn", () => {
  it("turns Markdown emphasis into mrkdwn", () => {
    expect(markdownToMrkdwn("a **full disk** and __this__, *moving* and _that_, ~~gone~~")).toBe(
      "a *full disk* and *this*, _moving_ and _that_, ~gone~",
    );
  });

  it("turns links into <url|label>, escaping the label and the URL's ampersands", () => {
    expect(markdownToMrkdwn("see [our blog & news](https://acme.example/blog?a=1&b=2)")).toBe(
      "see <https://acme.example/blog?a=1&amp;b=2|our blog &amp; news>",
    );
  });

  it("keeps an unsafe link's label and drops its URL", () => {
    expect(markdownToMrkdwn("[click](javascript:alert)")).toBe("click");
  });

  it("escapes &, < and > in text, so nothing becomes a mention or a link", () => {
    expect(markdownToMrkdwn("<!channel> & <script>alert(1)</script>")).toBe("&lt;!channel&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMrkdwn("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });

  it("turns headings into bold lines and bullets into •, keeping quotes", () => {
    expect(markdownToMrkdwn("## Next steps\n- Orders are **safe**\n* Payments retry\n> quoted")).toBe(
      "*Next steps*\n• Orders are *safe*\n• Payments retry\n> quoted",
    );
  });

  it("leaves code as written, escaped, without converting inside it", () => {
    expect(markdownToMrkdwn("run `a **b** <c>`\n```sh\nx **y** <z>\n```")).toBe("run `a **b** &lt;c&gt;`\n```\nx **y** &lt;z&gt;\n```");
  });

  it("converts inside bold", () => {
    expect(markdownToMrkdwn("**see [docs](https://d.example)**")).toBe("*see <https://d.example|docs>*");
  });
});
