/** The search box's help: what can be typed besides words. */
export function SearchHelp({ id }: { id: string }) {
  return (
    <details className="browse-help" id={id}>
      <summary>Search tips</summary>
      <ul>
        <li>
          <code>"cold start"</code> the exact phrase; <code>-lambda</code> without that word
        </li>
        <li>
          <code>deck:aws</code>, <code>section:networking</code>, <code>tag:storage</code> (quote
          names with spaces: <code>section:"Serverless &amp; CORS"</code>)
        </li>
        <li>
          <code>is:due</code>, <code>is:bookmarked</code>, <code>is:weak</code>, <code>is:new</code>
          , <code>is:learning</code>, <code>is:review</code>
        </li>
        <li>
          <code>is:suspended</code>, <code>is:buried</code>, <code>is:edited</code>: the cards you
          set aside or changed
        </li>
        <li>Case and accents are ignored; a typo is forgiven when nothing matches as typed.</li>
      </ul>
    </details>
  );
}
