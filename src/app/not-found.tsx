export function NotFound() {
  return (
    <section className="panel" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Nothing here</h1>
      <p>
        This link points to a deck, section or card that does not exist (any more).{' '}
        <a href="#/">Go to Home</a>
      </p>
    </section>
  );
}
