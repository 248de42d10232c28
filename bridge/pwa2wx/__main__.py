from pwa2wx.commands.cli import main

main()
