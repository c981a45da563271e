// The `hubmix` command line tool (built out by the CLI issue).
process.stdout.write('hubmix: not built yet\n');
