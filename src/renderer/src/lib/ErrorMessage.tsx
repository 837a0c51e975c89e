// A failure said in a dialog, where the user is looking (announced to screen readers at once).
export function ErrorMessage({ message }: { readonly message: string | null }) {
  if (!message) return null
  return (
    <p className="error" role="alert">
      {message}
    </p>
  )
}
