# 后台工作（导出、恢复、导入、查询、同步）、文件对话框的筛选器，以及这些工作无法开始或失败时窗口的提示。

jobs-busy-history = 你的训练历史仍在加载。
jobs-busy-file-dialog = 已有一个文件对话框打开。
jobs-busy-export = 已有一个导出正在进行。
jobs-busy-auto-backup = 已有一个自动备份正在进行。
jobs-busy-restore = 已有一个恢复正在进行。
jobs-busy-import = 已有一个导入正在进行。
jobs-busy-query = 已有一个查询正在进行。
jobs-busy-recount = 你的纪录仍在统计中。
jobs-busy-sync = 已有一个同步正在进行。
jobs-history-loading = 你的训练历史仍在加载：显示出来后再试一次。
jobs-no-thread = 无法启动后台任务：{ $detail }
jobs-crashed = 后台任务（{ $task }）失败：{ $detail }
jobs-not-saved = 未保存：{ $detail }
jobs-not-saved-reloaded = 未保存：{ $detail }。你的训练已按数据库中的内容重新显示：请检查最后几组。
shell-dialog-filter-backup = GymLog 备份（Parquet）
shell-dialog-filter-csv = CSV
shell-dialog-filter-exports = 健身应用导出文件
