import ArgumentParser

MigSpec.main()
