"""pytest's root conftest: its directory, the repository, goes on sys.path (pytest's rootdir-conftest rule),
so tests import the committed corpus and the training code from the `bench` package like any other module."""
