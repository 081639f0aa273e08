import { Link } from 'react-router';

export default function NotFoundPage() {
  return (
    <div className="narrow">
      <title>Page not found · Skillproof</title>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/" className="button button-primary">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
