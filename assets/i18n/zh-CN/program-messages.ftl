program-messages-gone = 该计划已不存在。
program-messages-cannot-follow = 无法执行 { $program }：{ $problem }。
program-messages-following = 现在开始执行 { $program }。
program-messages-stopped = 已停止执行计划。
program-messages-finish-workout-first = 请先完成或放弃当前训练。
program-messages-follow-first = 请先选择一个计划执行。
program-messages-workout-name = { $program } 的 { $day }

program-messages-only-own-edited = 只能编辑你自己的计划：请先复制一个内置计划。
program-messages-only-own-deleted = 只能删除你自己的计划。
program-messages-stop-before-deleting = 你正在执行 { $program }：请先停止执行再删除。
program-messages-deleted = 已删除 { $program }。
program-messages-saved = 已保存 { $program }。

program-messages-not-a-program-day = 这次训练不是计划中的训练日。
program-messages-no-target = 计划没有为 { $exercise } 设定目标。
program-messages-weight-or-reps = 请为新目标输入重量或次数。
program-messages-undo-override-target = 修改 { $exercise } 的目标

program-messages-no-days = 计划没有训练日
program-messages-empty-day = 训练日“{ $day }”没有动作
program-messages-exercise-twice = 训练日“{ $day }”中动作“{ $exercise }”出现了两次
program-messages-track-twice = 训练日“{ $day }”中“{ $track }”出现了两次
program-messages-track-rules-differ = “{ $track }”在不同训练日的规则类型或增量不一致
program-messages-bad-rule = { $exercise }：{ $problem }

program-messages-rule-no-set-or-rep = 至少需要一组、每组至少一次
program-messages-rule-no-sets = 至少需要一组
program-messages-rule-no-stages = 至少需要一个阶段
program-messages-rule-empty-week = 每周至少需要一组
program-messages-rule-raise-below-reps = 加重所需的次数低于目标次数
program-messages-rule-range-upside-down = 次数范围的上限低于下限
program-messages-rule-off-the-rpe-chart = RPE 表只涵盖 1–10 次、RPE 6–10（以 0.5 为步长）
program-messages-rule-deload-percent = 减载必须大于 0 且不超过 100 %
program-messages-rule-reset-percent = 重置比例必须大于 0 且不超过 100 %
program-messages-rule-week-percent = 每周的百分比必须大于 0 且不超过 100 %
program-messages-rule-supplemental-percent = 辅助组的百分比必须大于 0 且不超过 100 %
program-messages-rule-percent = 百分比必须大于 0 且不超过 100 %
program-messages-rule-negative-reset = 重置时增加的重量为负数
program-messages-rule-negative-increment = 增量必须为零或更多
