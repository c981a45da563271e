import { allOptions, completionModel, flagsOf } from './model.js';

/** A plain zsh completion function (no bashcompinit), driven by the same command table. */
export function zshCompletion(): string {
  const { commands, topLevel, groups, valueFlags } = completionModel;
  const describe = (text: string): string => text.replace(/[[\]:'"\\]/g, ' ');
  const topItems = topLevel.map((word) => {
    const single = commands.find((c) => c.path.length === 1 && c.path[0] === word);
    return `'${word}:${describe(single ? single.summary : `${word} commands`)}'`;
  });
  const groupCases = groups
    .map((group) => {
      const items = completionModel
        .subcommandsOf(group)
        .map((c) => `'${c.path[1]}:${describe(c.summary)}'`)
        .join(' ');
      return `    ${group}) subs=(${items}) ;;`;
    })
    .join('\n');
  const commandCases = commands
    .map((command) => {
      const choices = command.args.flatMap((arg) => arg.choices ?? []);
      return `    '${command.path.join(' ')}') opts=(${flagsOf(command).join(' ')}); args=(${choices.join(' ')}) ;;`;
    })
    .join('\n');
  const choiceCases = allOptions()
    .filter((option) => option.choices)
    .map((option) => `    --${option.name}) compadd -- ${option.choices?.join(' ')}; return ;;`)
    .join('\n');
  return `#compdef hubmix
# hubmix completion for zsh. Save as _hubmix in a directory of $fpath, or: source <(hubmix completion zsh)
_hubmix() {
  local -a value_opts subs opts args
  value_opts=(${valueFlags.join(' ')})
  local cmd="" sub="" skip=0 i w prev="\${words[CURRENT-1]}"
  for ((i = 2; i < CURRENT; i++)); do
    w="\${words[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      --*=*) ;;
      -*) (( \${value_opts[(Ie)$w]} )) && skip=1 ;;
      *) if [[ -z "$cmd" ]]; then cmd="$w"; elif [[ -z "$sub" ]]; then sub="$w"; fi ;;
    esac
  done
  case "$prev" in
${choiceCases}
  esac
  if (( \${value_opts[(Ie)$prev]} )); then _files; return; fi
  case "$cmd" in
${groupCases}
  esac
  local key="$cmd"
  (( \${#subs} )) && key="$cmd $sub"
  opts=(--help --json --url --token --api-key --demo)
  case "$key" in
${commandCases}
  esac
  if [[ "$PREFIX" == -* ]]; then
    compadd -- $opts
  elif [[ -z "$cmd" ]]; then
    local -a top; top=(${topItems.join(' ')} 'help:Show help for a command')
    _describe 'command' top
  elif (( \${#subs} )) && [[ -z "$sub" ]]; then
    _describe 'subcommand' subs
  elif (( \${#args} )); then
    compadd -- $args
  fi
}
if [[ "$funcstack[1]" == "_hubmix" ]]; then _hubmix "$@"; else compdef _hubmix hubmix; fi
`;
}
