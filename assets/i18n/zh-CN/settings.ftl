# 设置：单位、主题、估算 1RM 公式、训练、数据位置。

settings-weight-unit = 重量单位：
settings-theme = 主题：
settings-theme-system = 跟随系统
settings-theme-light = 浅色
settings-theme-dark = 深色
settings-formula = 估算 1RM 公式：
settings-formula-epley-hint = 重量 × (1 + 次数 / 30)
settings-formula-brzycki-hint = 重量 × 36 / (37 − 次数)
settings-formula-range = （基于 1–12 次的组）
settings-training = 训练
settings-rest-chime = 组间休息结束时提示音
settings-bar = 杠铃杆（{ $unit }）：
settings-plates = 杠铃片（重量×对数）：
settings-plates-hint = 例如 20×4, 10×2, 1.25×2
settings-save-plates = 保存杠铃片
settings-standard-plates = 标准杠铃片
settings-import = 导入
settings-import-apps = Strong、Hevy、FitNotes、JEFIT、Liftosaur 或 GymBook：GymLog 会从文件识别来源应用。
settings-import-button = 从其他应用导入…
settings-data = 数据存放位置
settings-database = 数据库：{ $path }
settings-backup-state = 备份状态：{ $path }
