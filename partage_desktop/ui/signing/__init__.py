"""Electronic signatures on the user's side: creating a signing key, signing an agreement's PDF,
the book of trusted certificates, and the signatures shown when a copy is verified."""
