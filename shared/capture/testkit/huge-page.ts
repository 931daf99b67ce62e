/**
 * A generated worst-case page (~5 MB): a real posting buried in a huge result list, deep
 * nesting, thousands of money amounts and a giant unbroken text run. Used by the bounded-work test
 * and the capture benchmark; never a real site's markup.
 */
export function hugePageHtml(targetBytes = 5 * 1024 * 1024): string {
  const parts: string[] = [
    '<html><head><title>Platform Engineer | Hugeco</title><meta property="og:site_name" content="Hugeco"></head><body>',
    '<header><nav><a href="/">Hugeco</a></nav></header><main>',
    '<h1>Platform Engineer</h1><div class="job-location">Lisbon, Portugal</div>',
    `<div class="job-description">${'<p>You will own the platform our product teams build on: clusters, pipelines, observability and the developer tooling around them.</p>'.repeat(6)}<p>Salary: €70,000 - €90,000 per year.</p><h3>Requirements</h3><ul><li>Kubernetes in production</li><li>Terraform</li></ul></div>`,
    '<section class="related">',
  ];
  let size = parts.join('').length;
  let i = 0;
  const deep = `${'<div>'.repeat(200)}deep${'</div>'.repeat(200)}`;
  while (size < targetBytes) {
    const card =
      i % 50 === 0
        ? deep
        : `<article class="card"><h3>Job ${i}</h3><span class="location">City ${i}, Country</span><p>Raised $${i}M. Pays $${1000 + i} - $${2000 + i}. ${'lorem ipsum dolor sit amet, '.repeat(8)}</p></article>`;
    parts.push(card);
    size += card.length;
    i++;
  }
  parts.push(`<p>${'x'.repeat(200_000)}</p><p>${'<'.repeat(50_000)}</p></section></main></body></html>`);
  return parts.join('');
}
