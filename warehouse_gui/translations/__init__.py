"""The window's words in German, Polish and Spanish: Qt Linguist sources (``.ts``) and the
compiled catalogues the program loads (``.qm``)."""
