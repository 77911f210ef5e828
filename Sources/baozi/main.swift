import BaoziCLI

BaoziCommand.main()
