/** An honest placeholder for a page that has not been built yet — nothing fake. */
export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="card empty-state">
        <p><strong>Coming in a later release.</strong></p>
        <p className="muted">{what}</p>
      </div>
    </section>
  );
}
