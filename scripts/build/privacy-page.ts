// docs/privacy.md, shipped in the extension as privacy.html so the options
// page can link to the policy without a network request. The Markdown is our
// own text, rendered at build time; the page has no script.
import { marked } from 'marked';

export function privacyPage(markdown: string): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Privacy';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  :root { color-scheme: light dark; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
  main { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #8884; padding: .4rem .6rem; text-align: left; vertical-align: top; }
  code { font-size: .92em; }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
