"""The analyst's corrections as data: what they are (`model`) and how they change a record (`apply`)."""
