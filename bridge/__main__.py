from bridge.commands.cli import main

main()
