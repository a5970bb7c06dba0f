# 每个界面的外框：导航、撤销与重做、备份提醒、消息、笔记编辑器与训练模板，以及应用的相关消息。

shell-screen-live = { $screen }（进行中）
shell-export-backup-ellipsis = 导出备份…
shell-export-backup = 导出备份
shell-hide-message = 隐藏此消息
shell-closing = 正在完成备份… 写入后 GymLog 会立即关闭。
shell-loading = 正在加载你的训练记录…
shell-undo-hint = 撤销：{ $label }（Ctrl+Z）
shell-redo-hint = 重做：{ $label }（Ctrl+Shift+Z）
shell-backup-never = 从未
shell-backup-reminder = 自上次备份以来已有 { $count } 次训练（上次：{ $last }）
shell-no-cjk-font = 未找到中文字体 — 请安装 Noto Sans CJK（Debian/Ubuntu：sudo apt install fonts-noto-cjk）
shell-window-failed = 无法打开窗口：{ $detail }（GymLog 需要显示器；命令行无需显示器也能用：gymlog --help）
shell-startup-error-title = GymLog 无法打开你的训练记录
shell-dialog-export = 导出
shell-dialog-open = 打开
shell-dialog-choose-folder = 选择文件夹

shell-nothing-to-undo = 没有可撤销的操作。
shell-nothing-to-redo = 没有可重做的操作。
shell-undone = 已撤销：{ $label }。
shell-redone = 已重做：{ $label }。
shell-undo-make-superset = 组成超级组
shell-undo-leave-superset = 退出超级组
shell-undo-move-exercise = 移动动作

shell-note = 笔记
shell-note-add = 为 { $exercise } 添加笔记
shell-note-hint = 例如：座椅 4 档、脚放高、底部停顿
shell-note-field = { $exercise } 的笔记
shell-note-save = 保存笔记
shell-note-shown = { $exercise } 的笔记：{ $note }
shell-note-edit = 编辑笔记
shell-note-edit-named = 编辑 { $exercise } 的笔记

shell-routines = 训练模板
shell-routines-empty = 还没有训练模板
shell-routines-empty-hint = 训练模板是你会重复的训练：在下方新建一个，或在“历史”中把完成的训练保存为模板。
shell-routine-start = 开始 { $name }
shell-routine-edit = 编辑 { $name }
shell-routine-delete-question = 删除训练模板 { $name }？
shell-routine-new = 新建训练模板
shell-routine-window = 训练模板
shell-routine-name = 模板名称：
shell-routine-superset = 超级组 { $group }
shell-routine-move-up = 在模板中上移 { $exercise }
shell-routine-move-down = 在模板中下移 { $exercise }
shell-routine-leave-superset = 退出超级组
shell-routine-superset-with-above = 与上一个动作组成超级组
shell-routine-remove-exercise = 从模板中移除 { $exercise }
shell-routine-target = { $exercise } 目标组 { $number }
shell-routine-remove-target = 移除 { $target }
shell-routine-add-target = + 目标组
shell-routine-add-target-named = 为 { $exercise } 添加目标组
shell-routine-save = 保存模板
shell-routine-reps-unit = 次
shell-routine-gone = 该训练模板已不存在。
shell-routine-needs-name = 请给训练模板起个名字。
shell-routine-needs-exercise = 请先给模板添加一个动作。
shell-routine-saved = 训练模板 { $name } 已保存。
shell-routine-deleted = 训练模板已删除。

shell-warm-ups-need-weight = 请先输入正式组重量：热身组会逐步加到这个重量。
shell-warm-ups-not-needed = 这个重量不需要从空杆开始热身。
shell-warm-ups-already = 你的热身组已经达到这个重量。

shell-exercise-rename-own-only = 只能重命名你自己的动作。
shell-exercise-needs-name = 请给动作起个名字。
shell-exercise-exists = { $existing } 已存在：用“合并”把 { $name } 并入它。
shell-exercise-merge-own-only = 请把你自己的某个动作合并到另一个动作中。
shell-exercise-delete-own-only = 只能删除你自己的动作。
shell-exercise-has-sets = { $name } 已有记录的组：请改为把它合并到另一个动作中。
shell-exercise-deleted = 已删除 { $name }。
shell-exercise-renamed = { $from } 已改名为 { $to }。
