"""Pick lists on paper or as PDF."""
