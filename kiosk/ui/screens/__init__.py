"""One module per screen: home, the generic wizard and its pages, confirmation, tracking, apology."""
