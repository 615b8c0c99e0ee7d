export { toolCallPolicySchema, toolCallRuleSchema, COMMAND_ARGUMENTS, TOOL_CALL_ACTIONS, type ToolCallPolicy, type ToolCallRule, type ToolCallAction } from './tool-call-policy';
export { decideToolCall, toolNameMatches, type ToolCall, type ToolCallDecision } from './decide-tool-call';
export { BUILTIN_TOOL_RULES, EVERYDAY_COMMANDS, type BuiltinToolRule } from './builtin-pack';
