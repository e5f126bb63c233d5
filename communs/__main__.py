from communs.cli import main

main()
