"""What a person sees of people: signing in and out, approvals, who may do what."""
