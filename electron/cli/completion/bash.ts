import { allOptions, completionModel, flagsOf } from './model.js';

export function bashCompletion(): string {
  const { commands, topLevel, groups, valueFlags } = completionModel;
  const commandCases = commands
    .map((command) => {
      const choices = command.args.flatMap((arg) => arg.choices ?? []);
      return `    ${JSON.stringify(command.path.join(' '))}) opts=${JSON.stringify(flagsOf(command).join(' '))}; args=${JSON.stringify(choices.join(' '))} ;;`;
    })
    .join('\n');
  const groupCases = groups
    .map(
      (group) =>
        `    ${group}) subs=${JSON.stringify(
          completionModel
            .subcommandsOf(group)
            .map((c) => c.path[1])
            .join(' '),
        )} ;;`,
    )
    .join('\n');
  const choiceCases = allOptions()
    .filter((option) => option.choices)
    .map(
      (option) =>
        `    --${option.name}) COMPREPLY=($(compgen -W ${JSON.stringify(option.choices?.join(' '))} -- "$cur")); return ;;`,
    )
    .join('\n');
  return `# hubmix completion for bash. Load with: source <(hubmix completion bash)
_hubmix() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local value_opts=" ${valueFlags.join(' ')} "
  local cmd="" sub="" skip=0 i w
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    # COMP_WORDBREAKS splits --url=https://x into --url = https : //x: step over the value.
    if [[ "\${COMP_WORDS[i+1]}" == "=" ]]; then
      ((i += 2))
      while [[ "\${COMP_WORDS[i+1]}" == ":" ]]; do ((i += 2)); done
      continue
    fi
    case "$w" in
      --*=*) ;;
      -*) [[ "$value_opts" == *" $w "* ]] && skip=1 ;;
      *) if [[ -z "$cmd" ]]; then cmd="$w"; elif [[ -z "$sub" ]]; then sub="$w"; fi ;;
    esac
  done
  case "$prev" in
${choiceCases}
  esac
  if [[ "$value_opts" == *" $prev "* ]]; then COMPREPLY=(); return; fi
  local subs=""
  case "$cmd" in
${groupCases}
  esac
  local key="$cmd"
  [[ -n "$subs" ]] && key="$cmd $sub"
  local opts="--help --json --url --token --api-key --demo" args=""
  case "$key" in
${commandCases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W ${JSON.stringify(topLevel.join(' ') + ' help')} -- "$cur"))
  elif [[ -n "$subs" && -z "$sub" ]]; then
    COMPREPLY=($(compgen -W "$subs" -- "$cur"))
  elif [[ -n "$args" ]]; then
    COMPREPLY=($(compgen -W "$args" -- "$cur"))
  fi
}
complete -o default -F _hubmix hubmix
`;
}
